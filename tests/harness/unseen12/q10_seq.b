#args: -w 8 -3 -50
implement Seq;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

Seq: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

stderr: ref Sys->FD;

usage()
{
	sys->fprint(stderr, "usage: seq [-w] [-pprec] [-ssep] [first [incr]] last\n");
	raise "fail:usage";
}

isnum(s: string): int
{
	if(s == nil)
		return 0;
	digits := 0;
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c >= '0' && c <= '9')
			digits++;
		else if(!(c == '-' && i == 0) && c != '.' && c != 'e')
			return 0;
	}
	return digits > 0;
}

# digits after the decimal point in a number as written
precision(s: string): int
{
	for(i := 0; i < len s; i++)
		if(s[i] == '.')
			return len s - i - 1;
	return 0;
}

seq(first, incr, last: real, prec: int, sep: string, wflag: int): int
{
	if(incr == 0.0){
		sys->fprint(stderr, "seq: zero increment\n");
		return 0;
	}
	n := int math->floor((last - first) / incr + 1e-9) + 1;
	if(n < 0)
		n = 0;
	width := 0;
	if(wflag){
		for(i := 0; i < n; i++){
			w := len sys->sprint("%.*f", prec, first + real i * incr);
			if(w > width)
				width = w;
		}
	}
	out := "";
	for(i := 0; i < n; i++){
		v := first + real i * incr;	# no cumulative error
		s := sys->sprint("%.*f", prec, v);
		if(wflag && len s < width){
			# pad with zeros after any sign
			pad := "";
			while(len pad + len s < width)
				pad += "0";
			if(s[0] == '-')
				s = "-" + pad + s[1:];
			else
				s = pad + s;
		}
		if(out != nil)
			out += sep;
		out += s;
	}
	if(n > 0)
		sys->print("%s\n", out);
	else
		sys->print("(empty: %g to %g by %g)\n", first, last, incr);
	return n;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	stderr = sys->fildes(2);

	wflag := 0;
	prec := -1;
	sep := "\n";
	argv = tl argv;
	for(; argv != nil; argv = tl argv){
		a := hd argv;
		if(len a < 2 || a[0] != '-' || isnum(a))
			break;
		case a[1] {
		'w' =>	wflag = 1;
		'p' =>	prec = int a[2:];
		's' =>	sep = a[2:];
		* =>	usage();
		}
	}
	nums: list of real;
	maxprec := 0;
	nargs := 0;
	for(; argv != nil; argv = tl argv){
		if(!isnum(hd argv)){
			sys->fprint(stderr, "seq: bad number %q\n", hd argv);
			raise "fail:number";
		}
		nums = real hd argv :: nums;
		if((p := precision(hd argv)) > maxprec)
			maxprec = p;
		nargs++;
	}
	first := 1.0;
	incr := 1.0;
	last: real;
	case nargs {
	1 =>	last = hd nums;
	2 =>	(last, first) = (hd nums, hd tl nums);
	3 =>	(last, incr, first) = (hd nums, hd tl nums, hd tl tl nums);
	* =>	usage();
	}
	if(prec < 0)
		prec = maxprec;
	n := seq(first, incr, last, prec, sep, wflag);
	sys->fprint(stderr, "seq: %d values\n", n);

	# a few built-in cases
	sys->print("--\n");
	seq(0.0, 0.1, 0.5, 1, " ", 0);
	seq(1.0, 1.0, 16.0, 0, ",", 0);
	seq(-1.5, 0.75, 1.5, 2, " | ", 1);
	seq(10.0, 0.0, 1.0, 0, nil, 0);
	seq(3.0, 1.0, 1.0, 0, nil, 0);
	seq(1.0, 0.3333333, 2.0, 4, ", ", 0);
	sys->print("sqrt table:\n");
	for(i := 1; i <= 5; i++)
		sys->print("%d\t%.6f\t%e\n", i, math->sqrt(real i), math->pow(10.0, real (i*3)));
}
