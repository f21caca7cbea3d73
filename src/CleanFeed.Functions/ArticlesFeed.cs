using System.Net;
using CleanFeed.Core.Publishing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;

namespace CleanFeed.Functions;

/// <summary>Pull subscriptions: GET /api/articles.atom and /api/articles.json (?feed=URL, ?page=N), with ETag / If-None-Match.</summary>
public sealed class ArticlesFeed(SubscriptionFeeds feeds)
{
    [Function("ArticlesFeed")]
    public async Task<HttpResponseData> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "articles.{format}")] HttpRequestData request,
        string format,
        CancellationToken cancellationToken)
    {
        var ifNoneMatch = request.Headers.TryGetValues("If-None-Match", out var v) ? string.Join(",", v) : null;
        var parsed = SubscriptionRequest.Parse(format, request.Url, ifNoneMatch);
        if (parsed is null) return request.CreateResponse(HttpStatusCode.NotFound);

        var doc = await feeds.GetAsync(parsed, cancellationToken);
        var response = request.CreateResponse(doc.NotModified ? HttpStatusCode.NotModified : HttpStatusCode.OK);
        response.Headers.Add("ETag", doc.ETag);
        if (!doc.NotModified)
        {
            response.Headers.Add("Content-Type", doc.ContentType!);
            await response.WriteStringAsync(doc.Body!, cancellationToken);
        }
        return response;
    }
}
