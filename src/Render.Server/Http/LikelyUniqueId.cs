using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Render.Server.Http;

/// <summary>
/// render's likelyUniqueId: a MongoDB ObjectId in hex (4 bytes of seconds, 5 random bytes fixed per
/// process, a 3-byte counter), so ids sort roughly by creation time.
/// </summary>
internal static class LikelyUniqueId
{
    private static readonly byte[] ProcessBytes = RandomNumberGenerator.GetBytes(5);
    private static int _counter = RandomNumberGenerator.GetInt32(0x1000000);

    public static string Next()
    {
        Span<byte> id = stackalloc byte[12];
        BinaryPrimitives.WriteUInt32BigEndian(id, (uint)DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        ProcessBytes.CopyTo(id[4..]);
        var counter = Interlocked.Increment(ref _counter);
        id[9] = (byte)(counter >> 16);
        id[10] = (byte)(counter >> 8);
        id[11] = (byte)counter;
        return Convert.ToHexStringLower(id);
    }
}
