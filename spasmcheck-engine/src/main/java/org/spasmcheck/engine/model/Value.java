package org.spasmcheck.engine.model;

import java.util.Set;
import java.util.TreeSet;

/** One answer to a finding. {@link Unknown} means "asked, and the person does not know": never the same as no. */
public sealed interface Value {

    record Bool(boolean value) implements Value {
        @Override
        public String display() {
            return value ? "yes" : "no";
        }
    }

    record Choice(String option) implements Value {
        @Override
        public String display() {
            return option;
        }
    }

    record Choices(Set<String> options) implements Value {
        public Choices {
            options = Set.copyOf(options);
        }

        @Override
        public String display() {
            return String.join(", ", new TreeSet<>(options));
        }
    }

    record Number(double value) implements Value {
        @Override
        public String display() {
            return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
        }
    }

    record Unknown() implements Value {
        @Override
        public String display() {
            return "don't know";
        }
    }

    Value UNKNOWN = new Unknown();

    static Value of(boolean value) {
        return new Bool(value);
    }

    String display();
}
