using Render.Model.Naming;

namespace Render.Model.Tests.Naming;

public sealed class CollectionNamesTests
{
    [Theory]
    [InlineData("a", true)]
    [InlineData("A1_b2_C3", true)]
    [InlineData("0", true)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("_", false)]
    [InlineData("a__b", false)]
    [InlineData("a-b", false)]
    [InlineData("a.b", false)]
    [InlineData("a b", false)]
    [InlineData("é", false)]
    [InlineData("a\n", false)]
    public void IsValidName_FollowsRendersPattern(string? value, bool expected)
    {
        Assert.Equal(expected, CollectionNames.IsValidName(value));
    }

    [Fact]
    public void CheckLength_ExactlyTheLimit_IsAccepted()
    {
        var field = new string('x', CollectionNames.MaxMatchCollectionNameLength - 3);

        Assert.Null(CollectionNames.CheckLength("match", CollectionNames.MaxMatchCollectionNameLength, "o", field));
        Assert.NotNull(CollectionNames.CheckLength("match", CollectionNames.MaxMatchCollectionNameLength, "oo", field));
    }
}
