package org.saleskpi.store.goal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.java.ao.Query;
import org.saleskpi.core.goal.ConflictException;
import org.saleskpi.core.goal.GoalFolder;
import org.saleskpi.core.goal.GoalFolderRepository;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.entity.GoalEntity;
import org.saleskpi.store.entity.GoalFolderEntity;

/** Goal folders stored in {@code AO_xxxxxx_GOAL_FOLDER}; last write wins, as folders carry no version. */
public final class StoredGoalFolders implements GoalFolderRepository {
    private static final String FOLDER = "folder";

    private final AoSession session;

    public StoredGoalFolders(AoSession session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    @Override
    public GoalFolder create(GoalFolder folder) {
        Map<String, Object> values = new HashMap<>();
        values.put("PROJECT_KEY", folder.projectKey());
        values.put("NAME", folder.name());
        values.put("PARENT_ID", folder.parentId().orElse(null));
        return session.inTransaction(() -> Rows.folder(session.create(GoalFolderEntity.class, values)));
    }

    @Override
    public Optional<GoalFolder> get(long id) {
        return Rows.byId(session, GoalFolderEntity.class, id).map(Rows::folder);
    }

    @Override
    public GoalFolder update(GoalFolder folder) {
        return session.inTransaction(() -> {
            GoalFolderEntity row = Rows.byId(session, GoalFolderEntity.class, folder.id())
                    .orElseThrow(() -> ConflictException.gone(FOLDER, folder.id()));
            folder.parentId().ifPresent(parent -> checkParent(row, parent));
            row.setName(folder.name());
            row.setParentId(folder.parentId().orElse(null));
            row.save();
            return Rows.folder(row);
        });
    }

    /** The new parent must be in the folder's project and neither the folder nor below it. */
    private void checkParent(GoalFolderEntity folder, long parentId) {
        Set<Long> seen = new HashSet<>();
        Optional<Long> next = Optional.of(parentId);
        while (next.isPresent()) {
            long id = next.get();
            if (id == folder.getID()) {
                throw invalidParent("saleskpi.goal.parentId.descendant",
                        "A folder cannot move into itself or one of its sub-folders");
            }
            if (!seen.add(id)) {
                break; // a cycle stored by an older writer; not this folder's, so not this move's fault
            }
            GoalFolderEntity ancestor = Rows.byId(session, GoalFolderEntity.class, id)
                    .orElseThrow(() -> invalidParent("saleskpi.goal.parentId.unknown", "No folder " + id));
            if (!ancestor.getProjectKey().equals(folder.getProjectKey())) {
                throw invalidParent("saleskpi.goal.parentId.otherProject",
                        "The parent folder is in project " + ancestor.getProjectKey());
            }
            next = Optional.ofNullable(ancestor.getParentId());
        }
    }

    private static InvalidInputException invalidParent(String messageKey, String message) {
        return InvalidInputException.of("parentId", messageKey, message);
    }

    @Override
    public boolean delete(long id) {
        return session.inTransaction(() -> {
            Optional<GoalFolderEntity> row = Rows.byId(session, GoalFolderEntity.class, id);
            if (row.isEmpty()) {
                return false;
            }
            Long parent = row.get().getParentId();
            // Moving a goal is not an edit of it, so its version stays and open editors keep working.
            for (GoalEntity goal : session.find(GoalEntity.class, Query.select().where("FOLDER_ID = ?", id))) {
                goal.setFolderId(parent);
                goal.save();
            }
            for (GoalFolderEntity child : session.find(GoalFolderEntity.class,
                    Query.select().where("PARENT_ID = ?", id))) {
                child.setParentId(parent);
                child.save();
            }
            session.delete(row.get());
            return true;
        });
    }

    @Override
    public List<GoalFolder> ofProject(String projectKey) {
        return Arrays.stream(session.find(GoalFolderEntity.class,
                        Query.select().where("PROJECT_KEY = ?", projectKey).order("NAME ASC, ID ASC")))
                .map(Rows::folder)
                .toList();
    }
}
