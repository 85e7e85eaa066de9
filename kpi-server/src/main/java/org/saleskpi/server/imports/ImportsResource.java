package org.saleskpi.server.imports;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.web.Caller;
import org.saleskpi.web.error.ErrorBody;

/**
 * {@code /imports}: a Jira "CSV (all fields)" export uploaded as the request body runs as a
 * background job whose progress and report the import page polls. {@code POST /imports/checks} is its dry run: the
 * same body and settings answered with what the import would do, nothing written, and the file kept for a while so
 * that {@code POST /imports/checks/{id}/import} imports it without a second upload. {@code GET /imports/guide} says
 * what an export needs for the caller's KPI profiles. A file may hold issues of any
 * project, so importing is for global administrators, or for the administrator of the project
 * named in {@code project}, which then receives every issue of the file. Any node answers for every job; a start
 * while another node's import runs is refused with 409.
 */
@Path("/imports")
@Produces(MediaType.APPLICATION_JSON)
public final class ImportsResource {
    /** Jira exports 1000 issues per file by default; 100 MiB leaves room for far larger ones. */
    static final int MAX_FILE_BYTES = 100 << 20;

    private final ImportJobs jobs;
    private final ImportCheck check;
    private final ImportGuide guide;
    private final CheckedFiles checked;
    private final AccessPolicy access;
    private final ZoneId serverZone;

    public ImportsResource(ImportJobs jobs, ImportCheck check, ImportGuide guide, AccessPolicy access,
            ZoneId serverZone, Clock clock) {
        this.jobs = jobs;
        this.check = check;
        this.guide = guide;
        this.checked = new CheckedFiles(clock);
        this.access = access;
        this.serverZone = serverZone;
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public Response start(InputStream body, @QueryParam("project") String project,
            @QueryParam("dateFormat") String dateFormat, @QueryParam("timeZone") String timeZone,
            @QueryParam("numberFormat") String numberFormat) {
        Caller caller = Caller.of(access);
        ImportSettings settings = settings(caller, project, dateFormat, timeZone, numberFormat);
        return start(caller, read(body), settings);
    }

    /** The dry run: what importing the body with these settings would do; nothing is written. */
    @POST
    @Path("checks")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public Map<String, Object> check(InputStream body, @QueryParam("project") String project,
            @QueryParam("dateFormat") String dateFormat, @QueryParam("timeZone") String timeZone,
            @QueryParam("numberFormat") String numberFormat) {
        Caller caller = Caller.of(access);
        ImportSettings settings = settings(caller, project, dateFormat, timeZone, numberFormat);
        byte[] csv = read(body);
        ImportPreview preview = check.check(csv, settings);
        String id = checked.keep(csv, settings, caller.user().key());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("checkId", id);
        json.put("keptUntil", checked.keptUntil(id).map(Object::toString).orElse(null));
        json.put("settings", Map.of("project", settings.project().orElse(""), "dateFormat", settings.dateFormat(),
                "timeZone", settings.zone().getId(), "numberFormat", settings.numbers().tag()));
        json.putAll(PreviewJson.write(preview));
        return json;
    }

    /** Imports the file a dry run of the caller checked, with its settings; 404 once it is no longer kept here. */
    @POST
    @Path("checks/{id}/import")
    public Response importChecked(@PathParam("id") String id) {
        Caller caller = Caller.of(access);
        CheckedFiles.Checked file = checked.take(id, caller.user().key()).orElse(null);
        if (file == null) {
            return Response.status(404).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ErrorBody.message("saleskpi.import.check.gone", "The checked file is no longer kept on"
                            + " this server (it is kept for 30 minutes, by the node that checked it): send it again."))
                    .build();
        }
        // The caller's rights are asked again: they may have changed since the check.
        settings(caller, file.settings().project().orElse(null), file.settings().dateFormat(),
                file.settings().zone().getId(), file.settings().numbers().tag());
        return start(caller, file.csv(), file.settings());
    }

    /** What a Jira export must hold for the KPI profiles the caller may see. */
    @GET
    @Path("guide")
    public Map<String, Object> guide() {
        return guide.of(Caller.of(access));
    }

    private ImportSettings settings(Caller caller, String project, String dateFormat, String timeZone,
            String numberFormat) {
        Optional<String> projectKey = Optional.ofNullable(project).filter(p -> !p.isBlank());
        if (projectKey.isPresent()) {
            caller.requireAdminister(projectKey.get(), "issues of project " + projectKey.get());
        } else {
            caller.requireSystemAdmin();
        }
        return new ImportSettings(projectKey,
                dateFormat == null || dateFormat.isBlank() ? ImportSettings.JIRA_DATE_FORMAT : dateFormat,
                zone(timeZone), ImportSettings.numbers(numberFormat));
    }

    private Response start(Caller caller, byte[] csv, ImportSettings settings) {
        String id;
        try {
            id = jobs.start(csv, settings, caller.user());
        } catch (ImportJobs.Busy busy) {
            return Response.status(409).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ErrorBody.message("saleskpi.import.busy", busy.getMessage())).build();
        }
        return Response.accepted(json(jobs.get(id).orElseThrow())).location(URI.create("imports/" + id)).build();
    }

    @GET
    public List<Map<String, Object>> recent() {
        Caller caller = Caller.of(access);
        return jobs.recent().stream().filter(job -> visible(caller, job)).map(ImportsResource::json).toList();
    }

    @GET
    @Path("{id}")
    public Map<String, Object> job(@PathParam("id") String id) {
        Caller caller = Caller.of(access);
        return jobs.get(id).filter(job -> visible(caller, job)).map(ImportsResource::json)
                .orElseThrow(() -> new NotFoundException("There is no import " + id + " you may see."));
    }

    private static boolean visible(Caller caller, ImportJob job) {
        return caller.isSystemAdmin() || job.startedBy().key().equals(caller.user().key());
    }

    private ZoneId zone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return serverZone;
        }
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw InvalidInputException.of("timeZone", "saleskpi.import.timeZone.invalid",
                    "timeZone is not a known time zone (e.g. Europe/Berlin): " + timeZone, timeZone);
        }
    }

    private static byte[] read(InputStream body) {
        try {
            byte[] csv = body.readNBytes(MAX_FILE_BYTES + 1);
            if (csv.length > MAX_FILE_BYTES) {
                throw InvalidInputException.of("file", "saleskpi.import.file.tooLarge",
                        "The file is larger than 100 MiB; export fewer issues per file.");
            }
            if (csv.length == 0) {
                throw InvalidInputException.of("file", "saleskpi.import.file.empty",
                        "The request carries no file: send the CSV export as the request body.");
            }
            return csv;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }

    static Map<String, Object> json(ImportJob job) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", job.id());
        json.put("state", job.state().name());
        json.put("processed", job.processed());
        json.put("total", job.total());
        json.put("startedBy", Map.of("key", job.startedBy().key(), "displayName", job.startedBy().displayName()));
        json.put("startedAt", job.startedAt().toString());
        json.put("report", job.report().map(ImportsResource::json).orElse(null));
        json.put("error", job.error().orElse(null));
        json.put("errorKey", job.errorKey().orElse(null));
        return json;
    }

    private static Map<String, Object> json(ImportReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("read", report.read());
        json.put("created", report.created());
        json.put("updated", report.updated());
        json.put("unchanged", report.unchanged());
        json.put("skipped", report.skipped().stream()
                .map(row -> Map.of("line", row.line(), "reason", row.reason())).toList());
        json.put("withoutHistory", report.withoutHistory());
        return json;
    }
}
