package org.saleskpi.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscaperTest {
    private final Escaper esc = new Escaper();

    @Test
    void markupAndQuotesBecomeCharacterReferences() {
        assertThat(esc.html("<img src=x onerror=\"alert('1')\"> & more"))
                .isEqualTo("&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; more");
    }

    @Test
    void nullIsEmptyAndOtherValuesAreTheirText() {
        assertThat(esc.html(null)).isEmpty();
        assertThat(esc.html(42)).isEqualTo("42");
        assertThat(esc.html("目標 ✓")).isEqualTo("目標 ✓");
    }
}
