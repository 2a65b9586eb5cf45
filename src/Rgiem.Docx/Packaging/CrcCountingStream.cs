namespace Rgiem.Docx.Packaging;

/// <summary>Passes what is written on to <see cref="Target"/>, with its CRC-32 and length; closing it leaves the target open.</summary>
internal sealed class CrcCountingStream : Stream
{
    private readonly System.IO.Hashing.Crc32 crc = new();
    private long length;

    public Stream? Target { get; set; }

    public uint Crc32 => crc.GetCurrentHashAsUInt32();

    public override long Length => length;


    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Position { get => length; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        crc.Append(buffer);
        length += buffer.Length;
        Target!.Write(buffer);
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
