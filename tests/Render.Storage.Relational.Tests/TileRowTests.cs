using Render.Model.Json;
using Render.Model.Tiles;

namespace Render.Storage.Relational.Tests;

public sealed class TileRowTests
{
    [Fact]
    public void Of_ATile_HasItsQueryColumnsAndCanonicalJson()
    {
        var tile = new TileSpec(TileId: "t", Z: 2, MinX: 1, MinY: 2, MaxX: 3, MaxY: 4, GroupId: "g", Layout: new LayoutData(SectionId: "2.0"));

        var row = TileRow.Of(tile);

        Assert.Equal(("t", 2.0, "2.0", "g"), (row.TileId, row.Z!.Value, row.SectionId, row.GroupId));
        Assert.Equal((1.0, 2.0, 3.0, 4.0), (row.MinX!.Value, row.MinY!.Value, row.MaxX!.Value, row.MaxY!.Value));
        Assert.Null(row.ChannelNames);
        Assert.Equal(RenderJson.SerializeToUtf8Bytes(tile), row.Spec);
    }

    [Fact]
    public void Of_ChannelsWithAndWithoutNames_JoinsTheNames()
    {
        var tile = new TileSpec(TileId: "t", Channels: [new ChannelSpec(Name: "DAPI"), new ChannelSpec(), new ChannelSpec(Name: "GFP")]);

        Assert.Equal("DAPI\nGFP", TileRow.Of(tile).ChannelNames);
    }

    [Fact]
    public void Of_ATileWithoutId_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => TileRow.Of(new TileSpec(Z: 1)));
    }
}
