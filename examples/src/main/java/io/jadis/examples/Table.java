package io.jadis.examples;

import java.util.ArrayList;
import java.util.List;

/** Prints rows as a small aligned table, the way a person wants to read results. */
public final class Table {
    private final List<String[]> rows = new ArrayList<>();

    public Table(String... header) {
        rows.add(header);
    }

    public Table row(Object... cells) {
        String[] texts = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            texts[i] = String.valueOf(cells[i]);
        }
        rows.add(texts);
        return this;
    }

    public String render() {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            sb.append("  ");
            for (int i = 0; i < columns; i++) {
                String cell = rows.get(r)[i];
                boolean numeric = r > 0 && cell.matches("-?[\\d.,]+");
                String pad = " ".repeat(widths[i] - cell.length());
                sb.append(numeric ? pad + cell : cell + pad).append(i < columns - 1 ? "  " : "");
            }
            sb.append('\n');
            if (r == 0) {
                sb.append("  ");
                for (int i = 0; i < columns; i++) {
                    sb.append("-".repeat(widths[i])).append(i < columns - 1 ? "  " : "");
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return render();
    }
}
