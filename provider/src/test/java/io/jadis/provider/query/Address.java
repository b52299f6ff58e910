package io.jadis.provider.query;

import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
    public String city;
    public String zip;

    public Address() {
    }

    public Address(String city, String zip) {
        this.city = city;
        this.zip = zip;
    }
}
