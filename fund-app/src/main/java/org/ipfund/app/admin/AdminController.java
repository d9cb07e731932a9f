package org.ipfund.app.admin;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administrators: each view's position and lag; rebuild one or all from the events; compare a shadow rebuild. */
@RestController
@RequestMapping("/api/admin/projections")
public class AdminController {

    private final ProjectionAdmin projections;
    private final ShadowRebuild shadow;

    public AdminController(ProjectionAdmin projections, ShadowRebuild shadow) {
        this.projections = projections;
        this.shadow = shadow;
    }

    @GetMapping
    public List<ProjectionStatus> all() {
        return projections.all();
    }

    @GetMapping("/{name}")
    public ProjectionStatus one(@PathVariable String name) {
        return projections.status(name);
    }

    @Operation(description = "Starts rebuilding every view from the events in one pass over the store (each event read"
            + " and deserialised once for all views: the fast way to rebuild them all) in the background, and answers"
            + " 202 at once with their status; follow `progress` and `replaying` on GET /api/admin/projections.")
    @PostMapping("/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public List<ProjectionStatus> rebuildAll() {
        return projections.rebuildAll();
    }

    @Operation(description = "Starts rebuilding the view from the events in the background and answers 202 at once"
            + " with its status; follow `progress` and `replaying` on GET /api/admin/projections/{name}.")
    @PostMapping("/{name}/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public ProjectionStatus rebuild(@PathVariable String name) {
        return projections.rebuild(name);
    }

    @Operation(description = "Rebuilds the view beside the live one and compares them table by table, changing"
            + " nothing; answers 200 when done. `equal` counts only when `settled` is true: while the live view keeps"
            + " moving (a rebuild restarting it, or replaying), the answer may be `settled: false` (`position` -1 while"
            + " it restarts): ask again once it shows `replaying: false`.")
    @PostMapping("/{name}/shadow-rebuild")
    public ShadowComparison shadowRebuild(@PathVariable String name) throws Exception {
        return shadow.compare(name);
    }
}
