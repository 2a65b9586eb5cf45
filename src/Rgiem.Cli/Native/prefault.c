/* Linked into the NativeAOT executable for Linux (src/Rgiem.Cli/Rgiem.Cli.csproj, target RgiemPrefault); not used by
 * any other build. Before main, NativeAOT's start-up (StartupCodeHelpers.RehydrateData) writes about 13 MB of type
 * data into the executable's zero-initialised section (.hydrated, after .bss): one page fault per 4 KB page, about
 * 3,200 faults, most of a one-record run's page faults. This constructor, which runs before main, asks the kernel
 * for that range in one go instead: huge pages where it can (MADV_HUGEPAGE: a hint, ignored where transparent huge
 * pages are off), then MADV_POPULATE_WRITE (Linux 5.14+; an older kernel returns EINVAL and the pages fault in as
 * before). Neither call changes what the program computes; both only change when the memory is mapped.
 * docs/performance.md, "Start-up: the rehydrated data, faulted in at once". */
#define _GNU_SOURCE
#include <link.h>
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif

static int rgiem_prefault_main_object(struct dl_phdr_info *info, size_t size, void *data)
{
    (void)size;
    (void)data;
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    for (int i = 0; i < info->dlpi_phnum; i++)
    {
        const ElfW(Phdr) *segment = &info->dlpi_phdr[i];
        if (segment->p_type != PT_LOAD || !(segment->p_flags & PF_W) || segment->p_memsz <= segment->p_filesz)
            continue;
        /* The segment's zero-filled tail (.bss, .hydrated), whole pages only: the page holding the end of the
         * file-backed part belongs to the file mapping. */
        uintptr_t start = info->dlpi_addr + segment->p_vaddr + segment->p_filesz;
        uintptr_t end = info->dlpi_addr + segment->p_vaddr + segment->p_memsz;
        start = (start + page - 1) & ~(page - 1);
        end = (end + page - 1) & ~(page - 1);
        if (end > start)
        {
            madvise((void *)start, end - start, MADV_HUGEPAGE);
            madvise((void *)start, end - start, MADV_POPULATE_WRITE);
        }
    }
    return 1; /* the first object dl_iterate_phdr reports is the executable itself: stop there */
}

__attribute__((constructor)) static void rgiem_prefault(void)
{
    dl_iterate_phdr(rgiem_prefault_main_object, 0);
}
