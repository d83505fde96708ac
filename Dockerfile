# The image the Helm chart runs (helm/ostoja): the release binary, with the web application
# embedded, on a minimal base that has CA certificates and the C runtime but no shell, run as
# user 65532. Build it from the repository's root:
#   docker build -t ostoja:0.1.0 .
# tests/e2e/image.rs checks that what it copies is what `cargo build --release` makes and that
# its user, entrypoint and port agree with the chart.

FROM docker.io/library/rust:1.95-bookworm AS build
WORKDIR /src
# The web application's build (web/dist) is committed and embedded by the compiler: no Node here.
COPY . .
RUN cargo build --release --locked -p ostoja

FROM gcr.io/distroless/cc-debian12:nonroot
COPY --from=build /src/target/release/ostoja /usr/local/bin/ostoja
USER 65532:65532
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/ostoja"]
CMD ["serve"]
