using System.Text;
using Render.Geometry.Numerics;

namespace Render.Model.Json;

/// <summary>
/// A growable buffer of compact JSON text written by hand: bytes and number tokens appended as
/// they are. It does none of a <c>Utf8JsonWriter</c>'s bookkeeping (separators, depth, flushing),
/// which on a matches object of a few hundred numbers cost more than the copying. Not thread-safe.
/// </summary>
internal sealed class JsonTextBuffer(int capacity)
{
    private byte[] _bytes = new byte[capacity];

    /// <summary>The number of bytes written.</summary>
    public int Length { get; private set; }

    /// <summary>The bytes written since the last <see cref="Reset"/>.</summary>
    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

    public void Reset() => Length = 0;

    public void Append(byte value)
    {
        if (Length == _bytes.Length)
        {
            Grow(1);
        }

        _bytes[Length++] = value;
    }

    public void Append(ReadOnlySpan<byte> text)
    {
        if (Length + text.Length > _bytes.Length)
        {
            Grow(text.Length);
        }

        text.CopyTo(_bytes.AsSpan(Length));
        Length += text.Length;
    }

    /// <summary>A double as Jackson writes it: Java's format, NaN and the infinities quoted.</summary>
    public void AppendJavaDouble(double value)
    {
        Span<char> chars = stackalloc char[JavaNumberFormat.MaxLength];
        var text = chars[..JavaNumberFormat.FormatDouble(value, chars)];
        Span<byte> ascii = stackalloc byte[JavaNumberFormat.MaxLength];
        var length = Encoding.ASCII.GetBytes(text, ascii);
        var quoted = !double.IsFinite(value);
        if (quoted)
        {
            Append((byte)'"');
        }

        Append(ascii[..length]);
        if (quoted)
        {
            Append((byte)'"');
        }
    }

    private void Grow(int needed) => Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + needed));
}
