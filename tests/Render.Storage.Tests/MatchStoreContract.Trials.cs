namespace Render.Storage.Tests;

/// <summary>Match trials (render's MatchDaoTest trial insert, get and delete): JSON text keyed by owner and id.</summary>
public abstract partial class MatchStoreContract<TStore>
{
    private const string TrialJson = """{"id":"5c1a3e0b0000000000000001","parameters":{"pRenderParametersUrl":"p"},"matches":[]}""";

    private IMatchTrialStore Trials => Store.MatchTrials;

    [Fact]
    public async Task TrialInsert_ThenGet_ReturnsTheSameText()
    {
        Assert.True(await Trials.InsertAsync("o", "5c1a3e0b0000000000000001", TrialJson, default));

        Assert.Equal(TrialJson, await Trials.GetAsync("o", "5c1a3e0b0000000000000001", default));
    }

    [Fact]
    public async Task TrialGet_OtherOwnerOrUnknownId_IsNull()
    {
        await Trials.InsertAsync("o", "a1", TrialJson, default);

        Assert.Null(await Trials.GetAsync("other", "a1", default));
        Assert.Null(await Trials.GetAsync("o", "a2", default));
    }

    [Fact]
    public async Task TrialInsert_SameOwnerAndId_RefusedAndKeepsTheFirst()
    {
        await Trials.InsertAsync("o", "a1", TrialJson, default);

        Assert.False(await Trials.InsertAsync("o", "a1", "{}", default));
        Assert.True(await Trials.InsertAsync("other", "a1", "{}", default));

        Assert.Equal(TrialJson, await Trials.GetAsync("o", "a1", default));
    }

    [Fact]
    public async Task TrialListIds_SeveralOwners_TheOwnersIdsInIdOrder()
    {
        await Trials.InsertAsync("o", "b2", "{}", default);
        await Trials.InsertAsync("o", "B1", "{}", default);
        await Trials.InsertAsync("o", "a3", "{}", default);
        await Trials.InsertAsync("other", "a0", "{}", default);

        Assert.Equal(["B1", "a3", "b2"], await Trials.ListIdsAsync("o", default));
        Assert.Empty(await Trials.ListIdsAsync("nobody", default));
    }

    [Fact]
    public async Task TrialDelete_Twice_RemovesThenReportsNone()
    {
        await Trials.InsertAsync("o", "a1", TrialJson, default);

        Assert.True(await Trials.DeleteAsync("o", "a1", default));
        Assert.False(await Trials.DeleteAsync("o", "a1", default));

        Assert.Null(await Trials.GetAsync("o", "a1", default));
    }
}
