using Render.Model.Jobs;

namespace Render.Model.Tests.Jobs;

/// <summary>render's renderGroup split and its messages; the generic i/n part.</summary>
public sealed class WorkPartTests
{
    [Theory]
    [InlineData(1, 3, 10, 0, 4)]
    [InlineData(3, 3, 10, 8, 10)]
    [InlineData(4, 4, 5, 5, 5)]
    public void Slice_RenderGroups_CeilingSizedRuns(int group, int groups, int items, int start, int end)
    {
        Assert.Equal((start, end), WorkPart.FromRenderGroup(group, groups).Slice(items));
    }

    [Theory]
    [InlineData(1, null, "numberOfRenderGroups must be specified when renderGroup is specified")]
    [InlineData(null, 2, "renderGroup (1-n) must be specified when numberOfRenderGroups are specified")]
    [InlineData(0, 2, "renderGroup values start at 1")]
    [InlineData(3, 2, "numberOfRenderGroups (2) must be greater than the renderGroup (3)")]
    public void FromRenderGroup_BadValues_RendersMessages(int? group, int? groups, string message)
    {
        Assert.Equal(message, Assert.Throws<ArgumentException>(() => WorkPart.FromRenderGroup(group, groups)).Message);
    }

    [Fact]
    public void Parse_OneBasedPart_ZeroBasedIndex()
    {
        Assert.Equal(new WorkPart(2, 10), WorkPart.Parse("3/10"));
        Assert.Equal("3/10", WorkPart.Parse("3/10").ToString());
        Assert.Throws<ArgumentException>(() => WorkPart.Parse("11/10"));
        Assert.Throws<ArgumentException>(() => WorkPart.Parse("three"));
    }

    [Theory]
    [InlineData(10, 3)]
    [InlineData(7, 7)]
    [InlineData(3, 5)]
    public void Take_AllParts_EachItemExactlyOnceInOrder(int itemCount, int parts)
    {
        var items = Enumerable.Range(0, itemCount).ToList();

        var taken = Enumerable.Range(0, parts).SelectMany(i => new WorkPart(i, parts).Take(items)).ToList();

        Assert.Equal(items, taken);
    }
}
