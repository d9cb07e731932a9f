package org.ipfund.app.console;

import java.util.List;
import org.ipfund.app.admin.ProjectionAdmin;
import org.ipfund.app.admin.ProjectionStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The views (projections) for administrators and auditors: each one's position, lag and whether it is replaying,
 * kept fresh by polling; a rebuild and a shadow rebuild are started through the API ({@code /console/api/admin/…}),
 * so its access rules decide who may, and a rebuild's progress is followed here until the view has caught up.
 */
@Controller
@ConsolePage
public class AdminPage {

    private final ProjectionAdmin projections;

    public AdminPage(ProjectionAdmin projections) {
        this.projections = projections;
    }

    @GetMapping("/console/admin")
    public String views(Model model) {
        List<ProjectionStatus> statuses = projections.all();
        model.addAttribute("statuses", statuses);
        model.addAttribute("views", statuses.stream()
                .map(status -> RebuildProgress.idle(status, projections.restartsOf(status.name()))).toList());
        return "console/admin";
    }

    /** The status table's rows, which the page polls. */
    @GetMapping("/console/admin/projections")
    public String statusRows(Model model) {
        model.addAttribute("statuses", projections.all());
        return "console/admin :: statusRows";
    }

    /**
     * One view's rebuild after the API accepted it: {@code after} is how many rebuilds of the view had restarted it
     * when the button was shown, so that the view's state before the rebuild began is not taken for its end.
     */
    @GetMapping("/console/admin/projections/{name}/rebuild")
    public String rebuildProgress(@PathVariable String name, @RequestParam long after, Model model) {
        model.addAttribute("view", RebuildProgress.following(projections.status(name), after,
                projections.restartsOf(name)));
        return "console/admin :: rebuild";
    }
}
