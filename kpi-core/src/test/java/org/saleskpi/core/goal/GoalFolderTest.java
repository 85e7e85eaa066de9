package org.saleskpi.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.validation.FieldError;
import org.saleskpi.core.validation.InvalidInputException;

class GoalFolderTest {

    @Test
    void newFolderHasAStrippedNameAndOptionalParent() {
        GoalFolder folder = GoalFolder.create("SALES", " EMEA ", 3L);
        assertThat(folder.name()).isEqualTo("EMEA");
        assertThat(folder.parentId()).contains(3L);
        assertThat(GoalFolder.create("SALES", "EMEA", null).parentId()).isEmpty();
    }

    @Test
    void nameIsRequired() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> GoalFolder.create("SALES", "", null));
        assertThat(e).isNotNull();
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("name");
    }

    @Test
    void folderCannotBeItsOwnParent() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> new GoalFolder(4, "SALES", "EMEA", Optional.of(4L)));
        assertThat(e).isNotNull();
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("parentId");
    }
}
