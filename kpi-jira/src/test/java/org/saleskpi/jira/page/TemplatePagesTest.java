package org.saleskpi.jira.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.saleskpi.web.page.PageRenderer;

class TemplatePagesTest {
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    /** The templates there are: goals.vm, a.vm and b.vm. */
    private final ClassLoader templates = new ClassLoader(null) {
        @Override
        public java.net.URL getResource(String name) {
            return List.of("saleskpi/templates/goals.vm", "a.vm", "b.vm").contains(name) ? url(name) : null;
        }
    };
    private final TemplatePages pages = new TemplatePages(renderer, templates);

    @Test
    void rendersTheTemplateWithACopyOfTheContextAndReturnsWhatWasWritten() throws Exception {
        Map<String, Object> context = new HashMap<>(Map.of("title", "Goals"));
        doAnswer(call -> {
            Map<String, Object> given = call.getArgument(1);
            given.put("i18n", "the renderer's own");
            call.<Writer>getArgument(2).write("<h1>" + given.get("title") + "</h1>");
            return null;
        }).when(renderer).render(eq("saleskpi/templates/goals.vm"), any(), any(Writer.class));

        assertThat(pages.render("saleskpi/templates/goals.vm", context)).isEqualTo("<h1>Goals</h1>");
        assertThat(context).containsOnlyKeys("title");
    }

    @Test
    void aTemplateThePluginDoesNotHoldIsMissing() throws Exception {
        assertThatThrownBy(() -> pages.render("saleskpi/templates/nope.vm", Map.of()))
                .isInstanceOf(PageRenderer.MissingTemplateException.class).hasMessageContaining("nope.vm");
        verify(renderer, never()).render(anyString(), any(), any(Writer.class));
    }

    @Test
    void renderingFailuresReachTheCaller() throws Exception {
        doThrow(new IOException("closed")).when(renderer).render(eq("a.vm"), any(), any(Writer.class));
        doThrow(new RenderingException("bad")).when(renderer).render(eq("b.vm"), any(), any(Writer.class));

        assertThatThrownBy(() -> pages.render("a.vm", Map.of())).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("a.vm");
        assertThatThrownBy(() -> pages.render("b.vm", Map.of())).isInstanceOf(RenderingException.class);
    }

    private static java.net.URL url(String name) {
        try {
            return java.net.URI.create("file:/templates/" + name).toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
