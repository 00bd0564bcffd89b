using Render.Imaging.Codecs.Encoding;

namespace Render.Server.Http;

/// <summary>Image responses: the encoded bytes with their format's content type.</summary>
internal static class ImageResults
{
    public static FileContentHttpResult Of(EncodedImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        return TypedResults.Bytes(image.Bytes, image.Format.ContentType());
    }
}
