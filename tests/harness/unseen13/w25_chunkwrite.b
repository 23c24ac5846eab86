#args: 40000
implement ChunkWrite;

include "sys.m";
	sys: Sys;
include "draw.m";

ChunkWrite: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	size := 20000;
	if(tl argv != nil)
		size = int hd tl argv;
	path := "/tmp/w_25big";
	fd := sys->create(path, Sys->ORDWR, 8r644);
	iou := sys->iounit(fd);
	sys->print("iounit sensible: %d, ATOMICIO %d\n", iou >= 0, Sys->ATOMICIO);

	# generate a deterministic byte pattern
	data := array[size] of byte;
	x := 12345;
	for(i := 0; i < size; i++){
		x = (x * 1103515245 + 12345) & 16r7fffffff;
		data[i] = byte (x >> 16);
	}
	# write it in ATOMICIO-sized pieces
	chunks := 0;
	for(off := 0; off < size; off += Sys->ATOMICIO){
		e := off + Sys->ATOMICIO;
		if(e > size)
			e = size;
		n := sys->write(fd, data[off:e], e-off);
		if(n != e-off){
			sys->print("short write %d at %d: %r\n", n, off);
			break;
		}
		chunks++;
	}
	sys->print("%d bytes in %d chunks\n", size, chunks);
	(nil, d) := sys->fstat(fd);
	sys->print("file length %bd\n", d.length);

	# read back with odd-sized reads and verify
	sys->seek(fd, big 0, Sys->SEEKSTART);
	back := array[size] of byte;
	got := 0;
	reads := 0;
	while(got < size){
		want := 1000 + reads*777;
		if(got + want > size)
			want = size - got;
		n := sys->read(fd, back[got:], want);
		if(n <= 0)
			break;
		got += n;
		reads++;
	}
	bad := 0;
	for(i = 0; i < got; i++)
		if(back[i] != data[i])
			bad++;
	sys->print("read %d bytes in %d reads, %d mismatches\n", got, reads, bad);

	# byte histogram summary
	counts := array[256] of {* => 0};
	for(i = 0; i < size; i++)
		counts[int data[i]]++;
	lo := hi := 0;
	for(i = 1; i < 256; i++){
		if(counts[i] < counts[lo])
			lo = i;
		if(counts[i] > counts[hi])
			hi = i;
	}
	sys->print("rarest byte %02x x%d, commonest %02x x%d\n", lo, counts[lo], hi, counts[hi]);
	fd = nil;
	sys->remove(path);
}
