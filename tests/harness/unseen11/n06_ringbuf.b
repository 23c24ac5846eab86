implement RingBuf;

include "sys.m";
	sys: Sys;
include "draw.m";

RingBuf: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Ring: adt {
	buf:	array of byte;
	rd:	int;	# index of oldest byte
	n:	int;	# bytes held

	mk:	fn(size: int): ref Ring;
	write:	fn(r: self ref Ring, data: array of byte): int;
	read:	fn(r: self ref Ring, max: int): array of byte;
	peek:	fn(r: self ref Ring): string;
	grow:	fn(r: self ref Ring, size: int);
};

Ring.mk(size: int): ref Ring
{
	return ref Ring(array[size] of byte, 0, 0);
}

# copy as much as fits, in at most two slice assignments
Ring.write(r: self ref Ring, data: array of byte): int
{
	room := len r.buf - r.n;
	if(len data > room)
		data = data[0:room];
	wr := (r.rd + r.n) % len r.buf;
	first := len r.buf - wr;
	if(first >= len data)
		r.buf[wr:] = data;
	else{
		r.buf[wr:] = data[0:first];
		r.buf[0:] = data[first:];
	}
	r.n += len data;
	return len data;
}

Ring.read(r: self ref Ring, max: int): array of byte
{
	if(max > r.n)
		max = r.n;
	out := array[max] of byte;
	first := len r.buf - r.rd;
	if(first >= max)
		out[0:] = r.buf[r.rd:r.rd+max];
	else{
		out[0:] = r.buf[r.rd:];
		out[first:] = r.buf[0:max-first];
	}
	r.rd = (r.rd + max) % len r.buf;
	r.n -= max;
	return out;
}

Ring.peek(r: self ref Ring): string
{
	s := "";
	for(i := 0; i < len r.buf; i++){
		if(r.n == 0 || (i - r.rd + len r.buf) % len r.buf >= r.n)
			s += ".";
		else
			s[len s] = int r.buf[i];
	}
	return s;
}

Ring.grow(r: self ref Ring, size: int)
{
	if(size <= len r.buf)
		return;
	data := r.read(r.n);
	r.buf = array[size] of byte;
	r.rd = 0;
	r.n = 0;
	r.write(data);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	r := Ring.mk(10);
	ops := array[] of {
		("w", "hello"), ("r", "3"), ("w", "world!"), ("r", "4"),
		("w", "abcdefgh"), ("r", "20"), ("w", "xyz"), ("g", "16"),
		("w", "0123456789ABCDEF"), ("r", "100"),
	};
	for(i := 0; i < len ops; i++){
		(op, arg) := ops[i];
		case op {
		"w" =>
			n := r.write(array of byte arg);
			sys->print("write %-18q -> %2d  ", arg, n);
		"r" =>
			b := r.read(int arg);
			sys->print("read  %-18s -> %q  ", arg, string b);
		"g" =>
			r.grow(int arg);
			sys->print("grow  %-18s          ", arg);
		}
		sys->print("[%s] n=%d rd=%d\n", r.peek(), r.n, r.rd);
	}

	# slices share storage with the array they came from
	a := array of byte "abcdefghij";
	mid := a[3:7];
	mid[0] = byte 'D';
	mid[1:] = array of byte "EF";
	sys->print("a=%s mid=%s\n", string a, string mid);
	tail := a[7:];
	a[7:] = a[0:3];
	sys->print("after overlap copy a=%s tail=%s\n", string a, string tail);
	# overlapping copy within one array
	a[1:] = a[0:len a - 1];
	sys->print("shifted right a=%s\n", string a);
	s := "slice of a string";
	sys->print("%s|%s|%s\n", s[0:5], s[9:], s[len s:]);
}
