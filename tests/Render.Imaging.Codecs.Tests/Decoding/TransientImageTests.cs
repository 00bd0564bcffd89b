using NetVips;
using Render.Imaging.Codecs.Decoding;
using Render.Imaging.Codecs.Loading;
using Render.Model.Tiles;

namespace Render.Imaging.Codecs.Tests.Decoding;

/// <summary>The one-shot decode gives the pixels <see cref="ImageDecoder.Decode"/> gives, 8-bit grey as bytes.</summary>
public sealed class TransientImageTests
{
    [Theory]
    [InlineData(".png")]
    [InlineData(".tif")]
    public void DecodeTransient_EightBitGrey_GivesDecodesPixelsAsBytes(string format)
    {
        var bytes = Encode(Enums.BandFormat.Uchar, 1, format);

        using var transient = ImageDecoder.DecodeTransient(bytes);

        var raster = ImageDecoder.Decode(bytes);
        Assert.True(transient.IsGray8);
        Assert.Null(transient.Raster);
        Assert.Equal((raster.Width, raster.Height), (transient.Width, transient.Height));
        Assert.Equal(raster.Gray!.Pixels.ToArray(), transient.Gray8.ToArray().Select(b => (ushort)b));
    }

    [Theory]
    [InlineData(Enums.BandFormat.Ushort, 1)]
    [InlineData(Enums.BandFormat.Uchar, 3)]
    public void DecodeTransient_SixteenBitOrRgb_GivesDecodesRaster(Enums.BandFormat bandFormat, int bands)
    {
        var bytes = Encode(bandFormat, bands, ".png");

        using var transient = ImageDecoder.DecodeTransient(bytes);

        var raster = ImageDecoder.Decode(bytes);
        Assert.False(transient.IsGray8);
        Assert.True(transient.Gray8.IsEmpty);
        Assert.Equal(raster.Kind, transient.Raster!.Kind);
        Assert.Equal(raster.Gray?.Pixels.ToArray(), transient.Raster.Gray?.Pixels.ToArray());
        Assert.Equal(raster.Rgb?.Pixels.ToArray(), transient.Raster.Rgb?.Pixels.ToArray());
    }

    [Fact]
    public void Gray8_AfterDispose_Throws()
    {
        var transient = ImageDecoder.DecodeTransient(Encode(Enums.BandFormat.Uchar, 1, ".png"));

        transient.Dispose();

        Assert.Throws<ObjectDisposedException>(() => transient.Gray8.Length);
    }

    [Fact]
    public void DecodeTransient_NotAnImage_NamesIt()
    {
        var error = Assert.Throws<ArgumentException>(() => ImageDecoder.DecodeTransient([1, 2, 3, 4], 0, "broken.png"));

        Assert.Contains("broken.png", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoaderDecodeTransient_PlainFile_GivesTheFilesBytes()
    {
        var path = Path.Combine(Path.GetTempPath(), $"transient-{Guid.NewGuid():N}.png");
        var bytes = Encode(Enums.BandFormat.Uchar, 1, ".png");
        File.WriteAllBytes(path, bytes);
        try
        {
            using var transient = Loader().DecodeTransient(path, null, null, "t1");

            Assert.Equal(ImageDecoder.DecodeTransient(bytes).Gray8.ToArray(), transient!.Gray8.ToArray());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void LoaderDecodeTransient_MissingFile_NamesItAndItsTile()
    {
        var error = Assert.Throws<ArgumentException>(() => Loader().DecodeTransient("/no/such/tile.png", null, null, "t1"));

        Assert.Equal("image '/no/such/tile.png' of tile 't1' cannot be read: the file does not exist", error.Message);
    }

    [Theory]
    [InlineData("mask://outside-box?minX=0&minY=10&maxX=30&maxY=40&width=30&height=40", null)]
    [InlineData("/data/composite.tif", LoaderType.ImageJComposite)]
    [InlineData("/data/volume.n5?dataSet=/s0&z=0", LoaderType.N5Slice)]
    public void LoaderDecodeTransient_WhatOnlyLoadReads_GivesNull(string url, LoaderType? loader)
    {
        Assert.Null(Loader().DecodeTransient(url, loader, null, "t1"));
    }

    private static TileImageLoader Loader() => new(ImageAccessPolicy.AnyLocalFile, new ImageCache(0));

    private static byte[] Encode(Enums.BandFormat bandFormat, int bands, string format)
    {
        using var noise = Image.Gaussnoise(37, 23, sigma: 80, mean: 128);
        using var scaled = bandFormat == Enums.BandFormat.Ushort ? noise * 200 : noise;
        using var cast = scaled.Cast(bandFormat);
        using var banded = bands == 3 ? cast.Bandjoin(cast + 10, cast - 10) : cast.Copy();
        using var typed = banded.Copy(interpretation: bandFormat == Enums.BandFormat.Ushort ? Enums.Interpretation.Grey16 : banded.Interpretation);
        return typed.WriteToBuffer(format);
    }
}
