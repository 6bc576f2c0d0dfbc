package org.spasmcheck.engine.model;

import java.util.List;

/** A cited publication or guideline. */
public record Source(String key, String citation, List<String> urls) {
    public Source {
        urls = List.copyOf(urls);
    }
}
