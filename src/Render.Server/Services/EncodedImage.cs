using Render.Imaging.Codecs.Encoding;

namespace Render.Server.Services;

/// <summary>An image ready to send: its encoded bytes and their format.</summary>
/// <param name="Bytes">The encoded image.</param>
/// <param name="Format">The format of <paramref name="Bytes"/>.</param>
public sealed record EncodedImage(byte[] Bytes, OutputFormat Format);
