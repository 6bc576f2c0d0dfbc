package org.spasmcheck.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The load driver only talks to this machine. */
class LoopbackTest {
    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080", "http://127.3.2.1:80/api", "http://localhost:7000",
            "http://[::1]:8080"})
    void require_loopbackTarget_isAccepted(String target) {
        assertThat(Loopback.require(URI.create(target))).isEqualTo(URI.create(target));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com:8080", "http://10.0.0.1:8080", "http://192.168.1.20",
            "http://0.0.0.0:8080", "http://[2001:db8::1]:8080", "http://localhost.example.com"})
    void require_otherTarget_isRefusedNamingTheHostAndWhatIsAllowed(String target) {
        String host = URI.create(target).getHost();

        assertThatThrownBy(() -> Loopback.require(URI.create(target)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("host '" + host + "'")
                .hasMessageContaining("localhost, 127.0.0.0/8 or [::1]");
    }
}
