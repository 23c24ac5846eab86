implement HistBounds;

include "sys.m";
	sys: Sys;
include "draw.m";

HistBounds: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# moving average over a ring buffer
Ring: adt {
	buf:	array of int;
	head:	int;
	n:	int;
	sum:	int;

	add:	fn(r: self ref Ring, v: int): real;
};

Ring.add(r: self ref Ring, v: int): real
{
	if(r.n == len r.buf)
		r.sum -= r.buf[r.head];
	else
		r.n++;
	r.buf[r.head] = v;
	r.sum += v;
	r.head = (r.head + 1) % len r.buf;
	return real r.sum / real r.n;
}

# Pascal's triangle rows modulo m, printed as a Sierpinski pattern for m=2
pascal(rows, m: int)
{
	row := array[rows] of {* => 0};
	row[0] = 1;
	for(i := 0; i < rows; i++){
		line := "";
		for(j := i; j > 0; j--)
			row[j] = (row[j] + row[j-1]) % m;
		for(j = 0; j <= i; j++)
			if(row[j])
				line += "*";
			else
				line += " ";
		sys->print("%*s%s\n", rows - i, "", line);
	}
}

histogram(data: array of int, lo, width, nb: int): array of int
{
	h := array[nb] of {* => 0};
	for(i := 0; i < len data; i++){
		b := (data[i] - lo) / width;
		h[b]++;
	}
	return h;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	data := array[40] of int;
	x := 7;
	for(i := 0; i < len data; i++){
		x = (x * 37 + 11) % 101;
		data[i] = x;
	}
	data[33] = 100;	# a reading at the top of the scale
	r := ref Ring(array[5] of int, 0, 0, 0);
	for(i = 0; i < len data; i += 1){
		avg := r.add(data[i]);
		if(i % 5 == 4)
			sys->print("after %2d samples: last=%3d avg5=%6.2f\n", i + 1, data[i], avg);
	}

	pascal(16, 2);

	h := histogram(data, 0, 10, 11);
	for(i = 0; i < len h; i++){
		bar := "";
		for(k := 0; k < h[i]; k++)
			bar += "#";
		sys->print("%3d-%-3d %2d %s\n", i * 10, i * 10 + 9, h[i], bar);
	}

	# with one bucket too few the largest value falls off the end
	sys->print("now with 10 buckets...\n");
	h = histogram(data, 0, 10, 10);
	sys->print("not reached: %d\n", h[0]);
}
