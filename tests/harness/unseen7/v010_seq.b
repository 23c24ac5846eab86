#args: -w -p 2 2 3 14
implement Seq;

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";
	arg: Arg;

Seq: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	arg = load Arg Arg->PATH;
	if(arg == nil){
		sys->fprint(sys->fildes(2), "seq: can't load %s: %r\n", Arg->PATH);
		raise "fail:load";
	}
	arg->init(argv);
	arg->setusage("seq [-w] [-p prec] [first [incr]] last");
	wflag := 0;
	prec := -1;
	while((c := arg->opt()) != 0)
		case c {
		'w' =>	wflag = 1;
		'p' =>	prec = int arg->earg();
		* =>	arg->usage();
		}
	argv = arg->argv();
	sys->print("%d numeric args, prec %d, w %d\n", len argv, prec, wflag);
	first := 1.0;
	incr := 1.0;
	last := 0.0;
	case len argv {
	1 =>
		last = real hd argv;
	2 =>
		first = real hd argv;
		last = real hd tl argv;
	3 =>
		first = real hd argv;
		incr = real hd tl argv;
		last = real hd tl tl argv;
	* =>
		arg->usage();
	}
	if(incr == 0.0){
		sys->fprint(sys->fildes(2), "seq: zero increment\n");
		raise "fail:zero increment";
	}
	seq(first, incr, last, prec, wflag);
	# integer form, as if run without -f
	seq(first, incr, last, -1, wflag);
	seq(10.0, -4.0, -6.0, -1, 1);
}

seq(first, incr, last: real, prec: int, wflag: int)
{
	width := 0;
	if(wflag){
		a := len sys->sprint("%g", first);
		b := len sys->sprint("%g", last);
		width = a;
		if(b > a)
			width = b;
	}
	n := 0;
	for(v := first; (incr > 0.0 && v <= last) || (incr < 0.0 && v >= last); v = first + real ++n * incr){
		s: string;
		if(prec >= 0)
			s = sys->sprint("%*.*f", width+prec+1, prec, v);
		else if(width > 0)
			s = sys->sprint("%*g", width, v);
		else
			s = sys->sprint("%g", v);
		sys->print("%s\n", s);
	}
}
