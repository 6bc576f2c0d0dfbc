package org.spasmcheck.server.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spasmcheck.engine.model.Citation;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.engine.model.Source;

/** Collects the sources a page cites, in the order they are first cited, for its list of references. */
final class References {
    /** Source keys in running text, as the knowledge base writes them: "[S1, S6]" or "(S7)". */
    private static final Pattern KEY = Pattern.compile("\\b([SX]\\d{1,4})\\b");

    private final KnowledgeBase kb;
    private final Set<String> keys = new LinkedHashSet<>();

    References(KnowledgeBase kb) {
        this.kb = kb;
    }

    References cite(Citation c) {
        if (c != null) {
            keys.addAll(c.sources());
        }
        return this;
    }

    /** Every source key written in the text that the knowledge base knows. */
    References citeText(String text) {
        if (text != null) {
            Matcher m = KEY.matcher(text);
            while (m.find()) {
                if (kb.sources().containsKey(m.group(1))) {
                    keys.add(m.group(1));
                }
            }
        }
        return this;
    }

    List<Source> sources() {
        List<Source> out = new ArrayList<>();
        for (String k : keys) {
            Source s = kb.sources().get(k);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }
}
