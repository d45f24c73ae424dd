package jp.tsunagu.site.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.tsunagu.plan.GovernanceBody;
import jp.tsunagu.plan.GovernanceKind;
import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.site.render.Page;

/** The governance structure (推進体制と役割): the bodies as a tree, and each in one sentence. */
final class GovernanceSection implements SiteSection {
    private final Assembly assembly;
    private final PlanModel model;

    GovernanceSection(Assembly assembly) {
        this.assembly = assembly;
        this.model = assembly.model();
    }

    @Override
    public List<Page> pages() {
        List<Views.GovernanceNode> roots = model.governance().stream().filter(g -> g.parent().isEmpty())
                .map(this::governanceNode).toList();
        List<String> summary = new ArrayList<>();
        for (GovernanceBody g : model.governance()) {
            StringBuilder s = new StringBuilder(g.name());
            g.head().ifPresent(h -> s.append(g.kind() == GovernanceKind.ROLE ? "：" + h + "が務める" : "：" + h + "が長"));
            g.parent().flatMap(model::governanceBody).ifPresent(p -> s.append("。").append(p.name()).append("のもとに置かれる"));
            summary.add(s.append("。").toString());
        }
        return List.of(assembly.page(SitePaths.GOVERNANCE, "governance.ftlh", "推進体制と役割",
                "情報化を推進する組織・会議・役職と、その関係。", Assembly.crumbs(), "governance",
                Map.of("governance", new Views.GovernanceView(roots, summary))));
    }

    private Views.GovernanceNode governanceNode(GovernanceBody g) {
        String role = g.body().section("役割").or(() -> Optional.of(g.body().preamble()).filter(s -> !s.isBlank()))
                .map(md -> assembly.html(md, g.glossary(), "")).orElse("");
        return new Views.GovernanceNode(g.id(), g.name(), g.shortName().orElse(""), g.kind().label(), g.head().orElse(""), role,
                model.governanceChildren(g.id()).stream().map(this::governanceNode).toList());
    }
}
