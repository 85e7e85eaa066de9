package org.saleskpi.web.error;

import java.util.List;

/** The 503 of a source still warming up: {@code {"warming":percent,"errors":[...]}}. */
public record WarmingBody(int warming, List<ErrorBody.Item> errors) {
}
