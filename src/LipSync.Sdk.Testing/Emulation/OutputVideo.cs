using System.Buffers.Binary;
using System.Text;

namespace LipSync.Sdk.Testing;

// The result video of the video emulators: an ISO-BMFF "ftyp" box followed by a "free" box of filler, so the file sniffs
// as MP4 and has a predictable length for download tests. It is not playable.
internal static class OutputVideo
{
    /// <summary>The length of the results of emulators without a length option: large enough to be cut mid-body.</summary>
    public const int DefaultLength = 96 * 1024;

    private const int FtypLength = 32;
    private const int MinimumLength = FtypLength + 8;

    public static byte[] Create(int length)
    {
        length = Math.Max(length, MinimumLength);
        var bytes = new byte[length];
        BinaryPrimitives.WriteInt32BigEndian(bytes, FtypLength);
        Encoding.ASCII.GetBytes("ftypisom").CopyTo(bytes, 4);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(12), 0x200);
        Encoding.ASCII.GetBytes("isomiso2avc1mp41").CopyTo(bytes, 16);

        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(FtypLength), length - FtypLength);
        Encoding.ASCII.GetBytes("free").CopyTo(bytes, FtypLength + 4);
        for (var i = MinimumLength; i < length; i++)
        {
            bytes[i] = (byte)(i % 251);
        }

        return bytes;
    }
}
