/// mimalloc instead of glibc's malloc: a request allocates and frees thousands of small values
/// (GraphQL values, rows, strings) on every worker thread, where glibc's arenas cost a third of
/// the server's CPU on the Blue Card list (`scripts/profile-requests.sh`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    ostoja::cli::main()
}
