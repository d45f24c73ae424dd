package jp.tsunagu.site.assemble;

import java.util.List;

import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.site.publish.DataFile;
import jp.tsunagu.site.publish.OpenData;

/** The view of the open-data page: every file with format, size and description, and where the licence comes from. */
final class OpenDataPage {
    private OpenDataPage() {
    }

    static Views.OpenDataView view(PlanModel model, OpenData data) {
        List<Views.DataFileView> files = data.files().stream().map((DataFile f) -> new Views.DataFileView(f.name(),
                OpenData.FOLDER + "/" + f.name(), f.format(), f.displaySize(), f.title(), f.description())).toList();
        String city = model.plan().municipality().name();
        String source = data.license().isPresent()
                ? "この利用条件は、このサイトを作成するときの設定（tsunagu.license.name と tsunagu.license.url）で指定されたものです。"
                : "このサイトを作成するときの設定（tsunagu.license.name と tsunagu.license.url）で利用条件が指定されていないため、"
                        + "ここには示していません。利用の条件は" + city + "にお問い合わせください。";
        return new Views.OpenDataView(data.license().map(l -> l.name()).orElse(""),
                data.license().map(l -> l.url().toString()).orElse(""), source,
                data.csvBom() ? "UTF-8（BOM付き）" : "UTF-8（BOMなし）", model.plan().municipality().code().value(), files);
    }

    static String description(PlanModel model) {
        return model.plan().municipality().name() + "の" + model.plan().title() + "を、機械判読できるデータ（JSON・CSV）として"
                + "公開しています。ファイルの一覧、形式、大きさ、内容と利用条件。";
    }
}
