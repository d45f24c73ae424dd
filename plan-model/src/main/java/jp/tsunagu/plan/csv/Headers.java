package jp.tsunagu.plan.csv;

/** The Japanese column headers, in the wording of the 自治体標準オープンデータセット where it has one. */
final class Headers {
    static final String CODE = "全国地方公共団体コード";
    static final String ID = "ID";
    static final String MUNICIPALITY = "地方公共団体名";
    static final String NAME = "名称";
    static final String SUMMARY = "概要";
    static final String STATUS = "状況";
    static final String DEPARTMENT_ID = "担当部署ID";
    static final String DEPARTMENT_NAME = "担当部署名";
    static final String START = "開始年度";
    static final String START_WAREKI = "開始年度（和暦）";
    static final String END = "終了年度";
    static final String END_WAREKI = "終了年度（和暦）";
    static final String INITIATIVE_ID = "取組ID";
    static final String INITIATIVE_NAME = "取組名称";
    static final String VIEWPOINT_CODE = "観点コード";
    static final String VIEWPOINT_NAME = "観点名称";
    static final String INDICATOR_ID = "指標ID";
    static final String INDICATOR_NAME = "指標名称";
    static final String UNIT = "単位";
    static final String DIRECTION = "方向";
    static final String YEAR = "年度";
    static final String YEAR_WAREKI = "年度（和暦）";
    static final String TARGET = "目標値";
    static final String DECIDED = "決定日";
    static final String NOTE = "備考";
    static final String KIND = "種別";
    static final String VALUE = "値";
    static final String RATING = "評価";
    static final String RATING_LABEL = "評価の意味";
    static final String NEXT_DIRECTION = "次年度の方向性";
    static final String LEVEL = "決定段階";
    static final String DECIDED_BY_ID = "決定機関ID";
    static final String DECIDED_BY_NAME = "決定機関名称";
    static final String REVISION = "計画見直しの要否";
    static final String OBSERVED = "観察日";
    static final String ORIENTED = "情勢判断日";
    static final String DECISION_DATE = "意思決定日";
    static final String ACTED = "行動日";
    static final String READING = "読み";
    static final String FOOTNOTE = "脚注番号";
    static final String PROGRESS_STATUS = "進捗状況";
    static final String PROGRESS_REASON = "進捗状況の変更理由";

    private Headers() {
    }
}
