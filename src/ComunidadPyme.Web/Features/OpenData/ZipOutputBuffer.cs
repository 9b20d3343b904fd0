namespace ComunidadPyme.Web.Features.OpenData;

/// <summary>
/// Lets <see cref="System.IO.Compression.ZipArchive"/>, which writes synchronously (even through its
/// async methods when the output cannot seek), stream to a response that allows only asynchronous writes:
/// it collects what the archive writes, and the caller sends it on after each entry.
/// </summary>
public sealed class ZipOutputBuffer : Stream
{
    private readonly MemoryStream _pending = new();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Sends what has been written so far to <paramref name="destination"/> and forgets it.</summary>
    public async Task SendAsync(Stream destination, CancellationToken cancellationToken)
    {
        _pending.Position = 0;
        await _pending.CopyToAsync(destination, cancellationToken);
        _pending.SetLength(0);
    }

    public override void Write(byte[] buffer, int offset, int count) => _pending.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => _pending.Write(buffer);

    // Nothing reaches the destination until SendAsync, so there is nothing to flush.
    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _pending.Dispose();
        }

        base.Dispose(disposing);
    }
}
