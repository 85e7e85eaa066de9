package org.saleskpi.server.imports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The files a dry run checked, kept in this node's memory for {@link #KEPT_FOR} so that "Import" runs the file that
 * was checked, with the settings it was checked with, without sending it again. At most {@value #MOST} are kept (a
 * file may be 100 MiB), the oldest forgotten first; a file is the checker's only. Another node of a cluster does not
 * hold them: there, and after the time, the page sends the file again (ADR 0064).
 */
final class CheckedFiles {
    static final Duration KEPT_FOR = Duration.ofMinutes(30);
    static final int MOST = 4;

    private final Clock clock;
    private final Map<String, Checked> files = new LinkedHashMap<>();

    CheckedFiles(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A checked file, who checked it and until when it is kept. */
    record Checked(byte[] csv, ImportSettings settings, String checkedBy, Instant keptUntil) {
    }

    synchronized String keep(byte[] csv, ImportSettings settings, String checkedBy) {
        forgetExpired();
        while (files.size() >= MOST) {
            Iterator<String> oldest = files.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        String id = UUID.randomUUID().toString();
        files.put(id, new Checked(csv, settings, checkedBy, clock.instant().plus(KEPT_FOR)));
        return id;
    }

    synchronized Optional<Instant> keptUntil(String id) {
        return Optional.ofNullable(files.get(id)).map(Checked::keptUntil);
    }

    /** The file the user checked under that id, forgotten here: a file is imported once. */
    synchronized Optional<Checked> take(String id, String userKey) {
        forgetExpired();
        Checked checked = files.get(id);
        if (checked == null || !checked.checkedBy().equals(userKey)) {
            return Optional.empty();
        }
        files.remove(id);
        return Optional.of(checked);
    }

    private void forgetExpired() {
        Instant now = clock.instant();
        files.values().removeIf(checked -> checked.keptUntil().isBefore(now));
    }
}
