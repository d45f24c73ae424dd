package jp.tsunagu.site.index;

import java.util.List;

/**
 * What the index stage wrote: the counts and sizes of the static index and the keywords of the さくいん.
 *
 * @param pages  the pages indexed, in page-number order, not null
 * @param keys  the number of keys
 * @param shards  the number of shard files
 * @param shardBytes  their total size
 * @param docBytes  the total size of the per-page snippet files
 * @param keywords  the keyword index, in no particular order, not null
 */
public record SearchIndex(List<SearchPage> pages, int keys, int shards, long shardBytes, long docBytes,
        List<Keyword> keywords) {
    /**
     * Copies the parts.
     *
     * @param pages  the pages indexed, in page-number order, not null
     * @param keys  the number of keys
     * @param shards  the number of shard files
     * @param shardBytes  their total size
     * @param docBytes  the total size of the per-page snippet files
     * @param keywords  the keyword index, in no particular order, not null
     */
    public SearchIndex {
        pages = List.copyOf(pages);
        keywords = List.copyOf(keywords);
    }
}
