# Build with the SDK, run on the ASP.NET runtime. CI runs the same publish command and starts the
# published app the way ENTRYPOINT does, since no Docker engine runs where CI runs.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Bulletin/Bulletin.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
RUN mkdir -p /data && chown app:app /data
USER app
ENV ASPNETCORE_URLS=http://+:8080 \
    Bulletin__DatabasePath=/data/bulletin.db \
    Bulletin__DraftsPath=/data/drafts
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=10s --start-period=20s --retries=3 CMD ["dotnet", "Bulletin.dll", "health"]
ENTRYPOINT ["dotnet", "Bulletin.dll"]
CMD ["serve"]
