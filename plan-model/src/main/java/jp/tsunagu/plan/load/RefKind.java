package jp.tsunagu.plan.load;

import jp.tsunagu.plan.validate.ValidationCode;

/** The kinds of things content defines by id and refers to, with the folder that defines them. */
enum RefKind {
    VIEWPOINT("観点", "viewpoints/", ValidationCode.E_REF_VIEWPOINT),
    INITIATIVE("取組", "initiatives/", ValidationCode.E_REF_INITIATIVE),
    DEPARTMENT("所属", "departments/", ValidationCode.E_REF_DEPARTMENT),
    GOVERNANCE("推進体制の組織・役職", "governance/", ValidationCode.E_REF_GOVERNANCE),
    GLOSSARY("用語", "glossary/", ValidationCode.E_REF_GLOSSARY),
    OODA("OODAサイクル", "ooda/", ValidationCode.E_REF_OODA),
    REFERENCE("資料", "references/", null),
    PAGE("ページ", "pages/", null),
    ACTION_PLAN("アクションプラン", "action-plans/", null),
    ENTRY("アクションプランの取組", "action-plans/", null),
    REVIEW("年次評価", "reviews/", null),
    PLAN("計画", "plan.md", null);

    final String label;
    final String folder;
    final ValidationCode unknownCode;

    RefKind(String label, String folder, ValidationCode unknownCode) {
        this.label = label;
        this.folder = folder;
        this.unknownCode = unknownCode;
    }
}
