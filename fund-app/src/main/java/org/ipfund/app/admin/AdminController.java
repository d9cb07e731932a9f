package org.ipfund.app.admin;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administrators: each view's position and lag; rebuild one from the events; compare a shadow rebuild. */
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

    @PostMapping("/{name}/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public ProjectionStatus rebuild(@PathVariable String name) {
        return projections.rebuild(name);
    }

    @PostMapping("/{name}/shadow-rebuild")
    public ShadowComparison shadowRebuild(@PathVariable String name) throws Exception {
        return shadow.compare(name);
    }
}
