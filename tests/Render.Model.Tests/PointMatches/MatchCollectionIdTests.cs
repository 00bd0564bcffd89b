using Render.Model.PointMatches;

namespace Render.Model.Tests.PointMatches;

/// <summary>render's MatchCollectionIdTest cases, plus the exact messages.</summary>
public sealed class MatchCollectionIdTests
{
    private const string Owner17 = "78901234567890123";
    private const string Name93 = "678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678";
    private const string Name94 = "6789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789";

    [Theory]
    [InlineData("flyTEM", "FAFBv12")]
    [InlineData("flyTEM", "FAFBv12Test10")]
    [InlineData("flyTEM", "v12_SURF")]
    [InlineData("flyTEM", "v12_dmesh")]
    [InlineData("flyTEM", "FAFBv12_sections_8_9")]
    [InlineData("trautmane", "test_match_gen")]
    [InlineData("a_b_c_d_e_f_g_h_i", "jk_lm_no_pq_rs_tu_vw_xyz")]
    [InlineData(Owner17, Name93)]
    public void Create_ValidNames_Succeeds(string owner, string name)
    {
        var id = MatchCollectionId.Create(owner, name);

        Assert.True(id.Success, id.Error);
        Assert.Equal(new MatchCollectionId(owner, name), id.Value);
    }

    [Theory]
    [InlineData("flyTEM__2", "FAFBv12")]
    [InlineData("flyTEM", "FAFBv12Test10__2")]
    [InlineData("flyTEM", "v12_SURF_")]
    [InlineData("flyTEM", "_v12_dmesh")]
    [InlineData("trautmane___a", "test_match_gen")]
    [InlineData("flyTEM", "FAFBv12_sections__")]
    [InlineData(Owner17, Name94)]
    public void Create_InvalidNames_Fails(string owner, string name)
    {
        Assert.False(MatchCollectionId.Create(owner, name).Success);
    }

    [Fact]
    public void Create_InvalidName_HasRendersMessage()
    {
        Assert.Equal(
            "invalid name 'v12_SURF_' specified, names may only contain alphanumeric or underscore '_' characters and may not contain consecutive underscores '_'",
            MatchCollectionId.Create("flyTEM", "v12_SURF_").Error);
    }

    [Fact]
    public void Create_TooLong_HasRendersMessage()
    {
        Assert.Equal(
            $"match collection name '{Owner17}__{Name94}' must be less than 112 characters, therefore the length of one or more of the collection fields should be reduced",
            MatchCollectionId.Create(Owner17, Name94).Error);
    }

    [Fact]
    public void ToString_UsesRendersWording()
    {
        Assert.Equal("match collection with owner 'o', and name 'n'", new MatchCollectionId("o", "n").ToString());
    }
}
