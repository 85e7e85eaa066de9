package org.saleskpi.core.goal.checkin;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Port: stored check-ins. Each method runs in one transaction. */
public interface CheckInRepository {

    /** For hosts and tests that keep no check-ins: nobody has written one, nothing can be stored. */
    CheckInRepository NONE = new CheckInRepository() {
        @Override
        public CheckIn create(CheckIn checkIn) {
            throw new UnsupportedOperationException("this host keeps no check-ins");
        }

        @Override
        public List<CheckIn> ofGoal(long goalId) {
            return List.of();
        }

        @Override
        public Map<Long, Instant> latest(Collection<Long> goalIds) {
            return Map.of();
        }
    };

    /** Stores a new check-in (id 0) and returns it with its id. */
    CheckIn create(CheckIn checkIn);

    /** The goal's check-ins, newest first. */
    List<CheckIn> ofGoal(long goalId);

    /** When each of these goals last had a check-in; goals without one are not in the map. */
    Map<Long, Instant> latest(Collection<Long> goalIds);
}
