using Render.Model;
using Render.Model.Stacks;
using Render.Model.Tiles;

namespace Render.Storage.Tests;

/// <summary>Layers and sections: z values, layer bounds, a section's z and the derived section data.</summary>
public abstract partial class TileStoreContract<TStore>
{
    [Fact]
    public async Task GetZValues_WithAndWithoutLimits_AreDistinctAscendingAndInclusive()
    {
        var stackId = await LoadingStackWithAsync(
            "zs", Tile("a", 3, 0, 0, 1, 1), Tile("b", 1, 0, 0, 1, 1), Tile("c", 2.5, 0, 0, 1, 1), Tile("d", 1, 0, 0, 1, 1), Tile("e", 1, 0, 0, 1, 1) with { Z = null });

        Assert.Equal([1.0, 2.5, 3.0], await Store.Tiles.GetZValuesAsync(stackId, null, null, None));
        Assert.Equal([2.5, 3.0], await Store.Tiles.GetZValuesAsync(stackId, 2.5, null, None));
        Assert.Equal([1.0, 2.5], await Store.Tiles.GetZValuesAsync(stackId, null, 2.5, None));
        Assert.Equal([1.0, 2.5, 3.0], await Store.Tiles.GetZValuesAsync(stackId, double.NaN, null, None));
    }

    [Fact]
    public async Task GetLayerBounds_IsTheUnionOfTheLayersTiles_OrNullForAnEmptyLayer()
    {
        var stackId = await LoadingStackWithAsync("layer", Tile("a", 1, -5, 0, 10, 10), Tile("b", 1, 0, 2, 30, 12.5), Tile("c", 2, 100, 100, 200, 200));

        Assert.Equal(new Bounds(-5, 0, 1, 30, 12.5, 1), await Store.Tiles.GetLayerBoundsAsync(stackId, 1, None));
        Assert.Null(await Store.Tiles.GetLayerBoundsAsync(stackId, 7, None));
    }

    [Fact]
    public async Task GetSectionZ_IsTheZOfTheSectionsFirstStoredTile()
    {
        var stackId = await LoadingStackWithAsync(
            "sz", Tile("b", 4, 0, 0, 1, 1, section: "s"), Tile("a", 3, 0, 0, 1, 1, section: "s"), Tile("c", 9, 0, 0, 1, 1, section: "t"));

        Assert.Equal(4, await Store.Tiles.GetSectionZAsync(stackId, "s", None));
        Assert.Equal(9, await Store.Tiles.GetSectionZAsync(stackId, "t", None));
        Assert.Null(await Store.Tiles.GetSectionZAsync(stackId, "u", None));
    }

    [Fact]
    public async Task GetSectionData_SortedBySectionThenZ_WithinTheLimits_AndNullUntilDerived()
    {
        var stackId = await LoadingStackWithAsync(
            "sections",
            Tile("a", 2, 0, 0, 10, 10, section: "b"),
            Tile("b", 1, 5, 5, 20, 20, section: "b"),
            Tile("c", 1, -1, -2, 3, 4, section: "a"),
            Tile("d", 1, 0, 0, 1, 1, section: "b"),
            Tile("e", 5, 0, 0, 1, 1));
        Assert.Null(await Store.Tiles.GetSectionDataAsync(stackId, null, null, None));

        await CompleteAsync(stackId);

        Assert.Equal(
            [new SectionData("a", 1, 1, -1, 3, -2, 4), new SectionData("b", 1, 2, 0, 20, 0, 20), new SectionData("b", 2, 1, 0, 10, 0, 10)],
            await Store.Tiles.GetSectionDataAsync(stackId, null, null, None));
        Assert.Equal(["b"], (await Store.Tiles.GetSectionDataAsync(stackId, 1.5, 5, None))!.Select(section => section.SectionId));
        Assert.Equal(["a", "b"], (await Store.Tiles.GetSectionDataAsync(stackId, null, 1, None))!.Select(section => section.SectionId));
        await SetStateAsync(stackId, StackState.Loading);
        Assert.Equal(3, (await Store.Tiles.GetSectionDataAsync(stackId, null, null, None))!.Count);
    }
}
