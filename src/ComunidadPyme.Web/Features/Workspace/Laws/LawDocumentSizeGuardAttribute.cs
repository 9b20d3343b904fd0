using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace ComunidadPyme.Web.Features.Workspace.Laws;

/// <summary>
/// A law form whose request is over the limit gets the form back with "The file is larger than 20 MB", as a
/// file just over 20 MB does, rather than a bare 400: the body is read here with each file's bytes counted
/// and dropped, and the fields go on to the anti-forgery check, the binder and the validator as usual.
/// Runs after [RequestSizeLimit] (order 900) and before the anti-forgery filter reads the form (order 1000).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class LawDocumentSizeGuardAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>The fields besides the file, all together: what the request limit leaves beside a 20 MB file.</summary>
    private const long MaxFieldBytes = LawDocumentRules.MaxRequestBytes - LawDocumentRules.MaxBytes;

    public int Order => 950;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var request = http.Request;
        if (request.ContentLength is not > LawDocumentRules.MaxRequestBytes
            || !MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary) is not { Length: > 0 } boundary)
        {
            return;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = LawDocumentRules.MaxRefusedRequestBytes;
        }

        var fields = new KeyValueAccumulator();
        var files = new FormFileCollection();
        long fieldBytes = 0;
        var reader = new MultipartReader(boundary.ToString(), request.Body);
        while (await reader.ReadNextSectionAsync(http.RequestAborted) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || HeaderUtilities.RemoveQuotes(disposition.Name).Value is not { Length: > 0 } name)
            {
                continue;
            }

            if (disposition.IsFileDisposition())
            {
                var length = await CopyAsync(section.Body, Stream.Null, long.MaxValue, http.RequestAborted);
                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName);
                files.Add(new FormFile(Stream.Null, 0, length, name, fileName.Value ?? string.Empty)
                {
                    Headers = new HeaderDictionary(),
                    ContentType = section.ContentType ?? "application/octet-stream",
                });
                continue;
            }

            using var value = new MemoryStream();
            fieldBytes += await CopyAsync(section.Body, value, MaxFieldBytes - fieldBytes, http.RequestAborted);
            if (fieldBytes > MaxFieldBytes)
            {
                // More text than a law form sends: no person filling in the form, so no form to give back.
                return;
            }

            fields.Append(name, Encoding.UTF8.GetString(value.GetBuffer(), 0, (int)value.Length));
        }

        http.Features.Set<IFormFeature>(new FormFeature(new FormCollection(fields.GetResults(), files)));
    }

    /// <summary>Copies a section, stopping once past <paramref name="limit"/> bytes; returns how many were read.</summary>
    private static async Task<long> CopyAsync(Stream section, Stream into, long limit, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            long length = 0;
            int read;
            while (length <= limit && (read = await section.ReadAsync(buffer, cancellationToken)) > 0)
            {
                length += read;
                await into.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            return length;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
