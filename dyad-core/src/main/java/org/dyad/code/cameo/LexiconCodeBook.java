package org.dyad.code.cameo;

import java.util.Optional;
import org.dyad.code.cameo.CameoTable;
import org.dyad.code.cameo.PloverType;

/** {@link CodeBook} over Dyad's shipped CAMEO table and CAMEO→PLOVER mapping. */
public final class LexiconCodeBook implements CodeBook {
    private final CameoTable table;

    public LexiconCodeBook(CameoTable table) {
        this.table = table;
    }

    public static LexiconCodeBook shipped() {
        return new LexiconCodeBook(CameoTable.load());
    }

    @Override
    public Optional<Code> code(String cameo) {
        return table.get(cameo).map(c -> {
            PloverType p = table.ploverFor(cameo).orElse(new PloverType(null, null));
            return new Code(c.code(), c.root(), c.name(), c.goldstein(), c.quadClass(), blankToNull(p.event()),
                    blankToNull(p.mode()));
        });
    }

    @Override
    public Optional<Intent> intentFor(String act) {
        return table.intentFor(act).map(i -> new Intent(i.code(), i.origin()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
