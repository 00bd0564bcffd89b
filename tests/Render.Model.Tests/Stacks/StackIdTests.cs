using Render.Model.Stacks;

namespace Render.Model.Tests.Stacks;

/// <summary>render's StackIdTest cases, plus the exact messages.</summary>
public sealed class StackIdTests
{
    private const string Owner17 = "89012345678901234";
    private const string Project4 = "7890";
    private const string Stack75 = "345678901234567890123456789012345678901234567890123456789012345678901234567";
    private const string Stack76 = "3456789012345678901234567890123456789012345678901234567890123456789012345678";

    [Theory]
    [InlineData("flyTEM", "FAFB00", "v12")]
    [InlineData("flyTEM", "FAFB00", "v10_acquire_LC_merged")]
    [InlineData("a_b_c_d_e_f_g_h_i", "jk_lm_no", "pq_rs_tu_vw_xyz")]
    [InlineData(Owner17, Project4, Stack75)]
    public void Create_ValidNames_Succeeds(string owner, string project, string stack)
    {
        var id = StackId.Create(owner, project, stack);

        Assert.True(id.Success, id.Error);
        Assert.Equal(new StackId(owner, project, stack), id.Value);
    }

    [Theory]
    [InlineData("flyTEM__2", "FAFB00", "v12")]
    [InlineData("flyTEM", "FA__00", "v12")]
    [InlineData("flyTEM", "FAFB00", "v12__acquire")]
    [InlineData(Owner17, Project4, Stack76)]
    [InlineData("fly-TEM", "FAFB00", "v12")]
    [InlineData("flyTEM", "FAFB.00", "v12")]
    [InlineData("flyTEM", "FAFB00", "_v12")]
    [InlineData("flyTEM", "FAFB00", "v12_")]
    [InlineData("flyTEM", "FAFB00", "")]
    [InlineData("flyTEM", "FAFB00", "v12\n")]
    public void Create_InvalidNames_FailsAndThrowsWhenAsked(string owner, string project, string stack)
    {
        var id = StackId.Create(owner, project, stack);

        Assert.False(id.Success);
        Assert.Throws<RenderInputException>(() => id.GetValueOrThrow());
    }

    [Fact]
    public void Create_InvalidStackName_HasRendersMessage()
    {
        var id = StackId.Create("flyTEM", "FAFB00", "v12-acquire");

        Assert.Equal(
            "invalid stack 'v12-acquire' specified, names may only contain alphanumeric or underscore '_' characters and may not contain consecutive underscores '_'",
            id.Error);
    }

    [Fact]
    public void Create_SeveralInvalidNames_ReportsTheOwnerFirst()
    {
        Assert.StartsWith("invalid owner 'a__b'", StackId.Create("a__b", "c__d", "e__f").Error, StringComparison.Ordinal);
        Assert.StartsWith("invalid project 'c__d'", StackId.Create("ab", "c__d", "e__f").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_TooLong_HasRendersMessage()
    {
        var id = StackId.Create(Owner17, Project4, Stack76);

        Assert.Equal(
            $"render collection name '{Owner17}__{Project4}__{Stack76}__transform' must be less than 111 characters, therefore the length of one or more of the collection fields should be reduced",
            id.Error);
    }

    [Fact]
    public void Create_NullName_SaysItMustBeSpecified()
    {
        Assert.Equal("project value must be specified", StackId.Create("flyTEM", null, "v12").Error);
    }

    [Fact]
    public void ToString_UsesRendersWording()
    {
        Assert.Equal("stack with owner 'o', project 'p', and name 's'", new StackId("o", "p", "s").ToString());
    }

    [Fact]
    public void CompareTo_OrdersByOwnerProjectStack()
    {
        StackId[] ids = [new("b", "a", "a"), new("a", "b", "a"), new("a", "a", "b"), new("a", "a", "a")];

        Assert.Equal(["aaa", "aab", "aba", "baa"], ids.Order().Select(id => id.Owner + id.Project + id.Stack));
        Assert.True(new StackId("a", "a", "a") < new StackId("a", "a", "b"));
    }
}
