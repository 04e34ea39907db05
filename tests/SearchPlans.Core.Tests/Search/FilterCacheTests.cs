using Lucene.Net.Search;
using SearchPlans.Search;

namespace SearchPlans.Tests.Search;

public sealed class FilterCacheTests
{
    private readonly FilterCache cache = new();

    [Fact]
    public void A_request_without_filters_gets_no_filter()
    {
        Assert.Null(cache.For(new SearchRequest("公开", Jurisdictions: [" "], Levels: [""])));
    }

    [Fact]
    public void The_same_filters_share_one_caching_filter()
    {
        var first = cache.For(new SearchRequest("公开", Jurisdictions: ["河源"], Years: [2022]));
        var again = cache.For(new SearchRequest("年报", Jurisdictions: ["河源"], Years: [2022], Offset: 20));

        Assert.IsType<CachingWrapperFilter>(first);
        Assert.Same(first, again);
    }

    [Fact]
    public void Different_filters_get_different_filters()
    {
        var heyuan = cache.For(new SearchRequest("公开", Jurisdictions: ["河源"]));
        var jiangmen = cache.For(new SearchRequest("公开", Jurisdictions: ["江门"]));
        var heyuanCity = cache.For(new SearchRequest("公开", Jurisdictions: ["河源"], Levels: ["city"]));

        Assert.Equal(3, new HashSet<Filter?>([heyuan, jiangmen, heyuanCity], ReferenceEqualityComparer.Instance).Count);
    }

    [Fact]
    public void Several_values_in_either_order_share_one_caching_filter()
    {
        var first = cache.For(new SearchRequest("公开", Jurisdictions: ["河源", "江门"]));
        var again = cache.For(new SearchRequest("公开", Jurisdictions: ["江门", "河源"]));

        Assert.Same(first, again);
        Assert.NotSame(first, cache.For(new SearchRequest("公开", Jurisdictions: ["河源"])));
    }
}
