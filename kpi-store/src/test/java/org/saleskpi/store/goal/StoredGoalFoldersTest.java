package org.saleskpi.store.goal;

import org.saleskpi.store.Database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.core.goal.ConflictException;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.GoalFolder;
import org.saleskpi.core.validation.InvalidInputException;

/** Goal folders on each real database: nesting, moves that would break the tree, deletes that move things up. */
class StoredGoalFoldersTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void deletingAFolderMovesItsGoalsAndSubFoldersIntoItsParent(Database database) {
        Store store = Store.open(database);
        GoalFolder emea = store.folders().create(GoalFolder.create("SALES", "EMEA", null));
        GoalFolder dach = store.folders().create(GoalFolder.create("SALES", "DACH", emea.id()));
        GoalFolder berlin = store.folders().create(GoalFolder.create("SALES", "Berlin", dach.id()));
        Goal inDach = store.goals().create(inFolder(dach, "Grow DACH"));
        Goal inBerlin = store.goals().create(inFolder(berlin, "Grow Berlin"));

        assertThat(store.folders().delete(dach.id())).isTrue();

        assertThat(store.folders().get(dach.id())).isEmpty();
        assertThat(store.folders().get(berlin.id())).contains(new GoalFolder(berlin.id(), "SALES", "Berlin",
                Optional.of(emea.id())));
        Goal moved = store.goals().get(inDach.id()).orElseThrow();
        assertThat(moved.folderId()).contains(emea.id());
        // Moving a goal is not an edit: an editor holding version 1 can still save.
        assertThat(moved.version()).isEqualTo(inDach.version());
        assertThat(store.goals().get(inBerlin.id()).orElseThrow().folderId()).contains(berlin.id());

        assertThat(store.folders().delete(emea.id())).isTrue();
        assertThat(store.goals().get(inDach.id()).orElseThrow().folderId()).isEmpty();
        assertThat(store.folders().get(berlin.id()).orElseThrow().parentId()).isEmpty();
        assertThat(store.folders().delete(emea.id())).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aFolderMovesAnywhereInItsProjectButNotBelowItself(Database database) {
        Store store = Store.open(database);
        GoalFolder emea = store.folders().create(GoalFolder.create("SALES", "EMEA", null));
        GoalFolder dach = store.folders().create(GoalFolder.create("SALES", "DACH", emea.id()));
        GoalFolder apac = store.folders().create(GoalFolder.create("SALES", "APAC", null));
        GoalFolder elsewhere = store.folders().create(GoalFolder.create("OTHER", "Elsewhere", null));

        GoalFolder renamed = store.folders()
                .update(new GoalFolder(dach.id(), "SALES", "D-A-CH", Optional.of(apac.id())));
        assertThat(store.folders().get(dach.id())).contains(renamed);
        assertThat(renamed.parentId()).contains(apac.id());

        assertThatThrownBy(() -> store.folders().update(new GoalFolder(apac.id(), "SALES", "APAC",
                Optional.of(dach.id()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).messageKey())
                        .isEqualTo("saleskpi.goal.parentId.descendant"));
        assertThatThrownBy(() -> store.folders().update(new GoalFolder(emea.id(), "SALES", "EMEA",
                Optional.of(elsewhere.id()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).messageKey())
                        .isEqualTo("saleskpi.goal.parentId.otherProject"));
        assertThatThrownBy(() -> store.folders().update(new GoalFolder(999_999, "SALES", "Gone", Optional.empty())))
                .isInstanceOf(ConflictException.class);
        assertThat(store.folders().ofProject("SALES")).extracting(GoalFolder::name)
                .containsExactly("APAC", "D-A-CH", "EMEA");
    }

    private static Goal inFolder(GoalFolder folder, String name) {
        Goal goal = Store.goal(folder.projectKey(), name, LocalDate.of(2026, 6, 30), List.of());
        return new Goal(0, goal.projectKey(), Optional.of(folder.id()), goal.ownerKey(), goal.name(), "",
                goal.startDate(), goal.dueDate(), goal.colour(), false, goal.created(), goal.updated(), 0, List.of());
    }
}
